package papernotes.service;

/// The words a note's header shows for the paper's links and its abstract, in the language of whoever shows the
/// page: the window gives its own (论文, 代码, 摘要…); the command line shows the English ones.
public record LinkLabels(String paper, String code, String arxiv, String doi, String abstractHeading) {

    public static final LinkLabels ENGLISH = new LinkLabels("paper", "code", "arXiv", "DOI", "Abstract");
}

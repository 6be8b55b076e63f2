package papernotes.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/// An edit to a note: only what is present changes. Paper fields are given as typed; a blank value removes the
/// field (`withPaper("")` drops the paper link, `withYear("")` the year). The reading status and priority are kept
/// as the library writes them (`to-read`, `1`), empty text clearing them.
public record NoteChanges(
        Optional<String> title,
        Optional<TopicPath> topic,
        Optional<String> body,
        List<String> addTags,
        List<String> removeTags,
        Optional<String> paper,
        Optional<String> code,
        Optional<String> arxiv,
        Optional<String> doi,
        Optional<String> year,
        Optional<String> venue,
        Optional<String> paperTitle,
        Optional<List<String>> authors,
        Optional<String> abstractText,
        Optional<String> status,
        Optional<String> priority) {

    public NoteChanges {
        title = title.map(Labels::title);
        body = body.map(Bodies::check);
        addTags = Labels.tags(addTags);
        removeTags = Labels.tags(removeTags);
        // checked now, so that bad input is refused before anything is read or written
        var links = new PaperLinks(paper, code, arxiv, doi, year.flatMap(PaperLinks::parseYear), venue)
                .withPaperTitle(paperTitle)
                .withAuthors(authors.orElse(List.of()))
                .withAbstract(abstractText);
        arxiv = arxiv.map(text -> links.arxiv().orElse(""));
        doi = doi.map(text -> links.doi().orElse(""));
        year = year.map(String::strip);
        authors = authors.map(given -> links.authors());
        status = status.map(
                text -> ReadingStatus.parse(text).map(ReadingStatus::key).orElse(""));
        priority = priority.map(text -> ReadingPriority.parse(text)
                .map(p -> Integer.toString(p.level()))
                .orElse(""));
    }

    public static NoteChanges none() {
        return new Draft().changes();
    }

    public NoteChanges withTitle(String newTitle) {
        return with(d -> d.title = Optional.of(newTitle));
    }

    public NoteChanges withTopic(TopicPath newTopic) {
        return with(d -> d.topic = Optional.of(newTopic));
    }

    public NoteChanges withBody(String newBody) {
        return with(d -> d.body = Optional.of(newBody));
    }

    public NoteChanges withAddedTags(List<String> tags) {
        return with(d -> d.addTags = tags);
    }

    public NoteChanges withRemovedTags(List<String> tags) {
        return with(d -> d.removeTags = tags);
    }

    public NoteChanges withPaper(String link) {
        return with(d -> d.paper = Optional.of(link));
    }

    public NoteChanges withCode(String link) {
        return with(d -> d.code = Optional.of(link));
    }

    /// Sets the arXiv id (any form [ArxivId] reads); blank removes it.
    public NoteChanges withArxiv(String id) {
        return with(d -> d.arxiv = Optional.of(id));
    }

    /// Sets the DOI (`10.…`, `doi:10.…` or a `doi.org` address); blank removes it.
    public NoteChanges withDoi(String newDoi) {
        return with(d -> d.doi = Optional.of(newDoi));
    }

    /// Sets the year from text as typed (`2021`); blank removes it.
    public NoteChanges withYear(String newYear) {
        return with(d -> d.year = Optional.of(newYear));
    }

    public NoteChanges withYear(int newYear) {
        return withYear(Integer.toString(newYear));
    }

    /// Sets the venue (`CVPR`, `NeurIPS 2021 Workshop`); blank removes it.
    public NoteChanges withVenue(String newVenue) {
        return with(d -> d.venue = Optional.of(newVenue));
    }

    /// Sets the paper's full title, as it appeared (the note's own title may stay short); blank removes it.
    public NoteChanges withPaperTitle(String newTitle) {
        return with(d -> d.paperTitle = Optional.of(newTitle));
    }

    /// Sets the paper's authors, in order; an empty list removes them.
    public NoteChanges withAuthors(List<String> newAuthors) {
        return with(d -> d.authors = Optional.of(List.copyOf(newAuthors)));
    }

    /// Sets the paper's abstract; blank removes it.
    public NoteChanges withAbstract(String newAbstract) {
        return with(d -> d.abstractText = Optional.of(newAbstract));
    }

    /// Sets the reading status as typed (`to-read`, `reading`, `read`, `待读`…); blank removes it.
    public NoteChanges withStatus(String typed) {
        return with(d -> d.status = Optional.of(typed));
    }

    public NoteChanges withStatus(Optional<ReadingStatus> newStatus) {
        return withStatus(newStatus.map(ReadingStatus::key).orElse(""));
    }

    /// Sets the priority as typed (`1` high to `3` low); blank removes it.
    public NoteChanges withPriority(String typed) {
        return with(d -> d.priority = Optional.of(typed));
    }

    public NoteChanges withPriority(Optional<ReadingPriority> newPriority) {
        return withPriority(newPriority.map(p -> Integer.toString(p.level())).orElse(""));
    }

    /// `reading` with the status and priority this edit names replaced.
    public Reading applyTo(Reading reading) {
        var result = reading;
        if (status.isPresent()) {
            result = result.withStatus(ReadingStatus.parse(status.get()));
        }
        if (priority.isPresent()) {
            result = result.withPriority(ReadingPriority.parse(priority.get()));
        }
        return result;
    }

    /// The paper fields of `links` with every field this edit names replaced.
    public PaperLinks applyTo(PaperLinks links) {
        var result = links;
        if (paper.isPresent()) {
            result = result.withPaper(paper);
        }
        if (code.isPresent()) {
            result = result.withCode(code);
        }
        if (arxiv.isPresent()) {
            result = result.withArxiv(arxiv);
        }
        if (doi.isPresent()) {
            result = result.withDoi(doi);
        }
        if (year.isPresent()) {
            result = result.withYear(year.flatMap(PaperLinks::parseYear));
        }
        if (venue.isPresent()) {
            result = result.withVenue(venue);
        }
        if (paperTitle.isPresent()) {
            result = result.withPaperTitle(paperTitle);
        }
        if (authors.isPresent()) {
            result = result.withAuthors(authors.get());
        }
        if (abstractText.isPresent()) {
            result = result.withAbstract(abstractText);
        }
        return result;
    }

    /// These changes with `change` made to a copy of them.
    private NoteChanges with(Consumer<Draft> change) {
        var draft = new Draft(this);
        change.accept(draft);
        return draft.changes();
    }

    /// The fields of changes while one of them is being replaced.
    private static final class Draft {
        Optional<String> title = Optional.empty();
        Optional<TopicPath> topic = Optional.empty();
        Optional<String> body = Optional.empty();
        List<String> addTags = List.of();
        List<String> removeTags = List.of();
        Optional<String> paper = Optional.empty();
        Optional<String> code = Optional.empty();
        Optional<String> arxiv = Optional.empty();
        Optional<String> doi = Optional.empty();
        Optional<String> year = Optional.empty();
        Optional<String> venue = Optional.empty();
        Optional<String> paperTitle = Optional.empty();
        Optional<List<String>> authors = Optional.empty();
        Optional<String> abstractText = Optional.empty();
        Optional<String> status = Optional.empty();
        Optional<String> priority = Optional.empty();

        Draft() {}

        Draft(NoteChanges from) {
            title = from.title;
            topic = from.topic;
            body = from.body;
            addTags = from.addTags;
            removeTags = from.removeTags;
            paper = from.paper;
            code = from.code;
            arxiv = from.arxiv;
            doi = from.doi;
            year = from.year;
            venue = from.venue;
            paperTitle = from.paperTitle;
            authors = from.authors;
            abstractText = from.abstractText;
            status = from.status;
            priority = from.priority;
        }

        NoteChanges changes() {
            return new NoteChanges(
                    title,
                    topic,
                    body,
                    addTags,
                    removeTags,
                    paper,
                    code,
                    arxiv,
                    doi,
                    year,
                    venue,
                    paperTitle,
                    authors,
                    abstractText,
                    status,
                    priority);
        }
    }
}

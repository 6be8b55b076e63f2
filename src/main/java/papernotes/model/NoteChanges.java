package papernotes.model;

import java.util.List;
import java.util.Optional;

/// An edit to a note: only what is present changes. Paper fields are given as typed; a blank value removes the
/// field (`withPaper("")` drops the paper link, `withYear("")` the year).
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
        Optional<String> venue) {

    public NoteChanges {
        title = title.map(Labels::title);
        body = body.map(Bodies::check);
        addTags = Labels.tags(addTags);
        removeTags = Labels.tags(removeTags);
        // checked now, so that bad input is refused before anything is read or written
        var links = new PaperLinks(paper, code, arxiv, doi, year.flatMap(PaperLinks::parseYear), venue);
        arxiv = arxiv.map(text -> links.arxiv().orElse(""));
        doi = doi.map(text -> links.doi().orElse(""));
        year = year.map(String::strip);
    }

    public static NoteChanges none() {
        return new NoteChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public NoteChanges withTitle(String newTitle) {
        return new NoteChanges(
                Optional.of(newTitle), topic, body, addTags, removeTags, paper, code, arxiv, doi, year, venue);
    }

    public NoteChanges withTopic(TopicPath newTopic) {
        return new NoteChanges(
                title, Optional.of(newTopic), body, addTags, removeTags, paper, code, arxiv, doi, year, venue);
    }

    public NoteChanges withBody(String newBody) {
        return new NoteChanges(
                title, topic, Optional.of(newBody), addTags, removeTags, paper, code, arxiv, doi, year, venue);
    }

    public NoteChanges withAddedTags(List<String> tags) {
        return new NoteChanges(title, topic, body, tags, removeTags, paper, code, arxiv, doi, year, venue);
    }

    public NoteChanges withRemovedTags(List<String> tags) {
        return new NoteChanges(title, topic, body, addTags, tags, paper, code, arxiv, doi, year, venue);
    }

    public NoteChanges withPaper(String link) {
        return new NoteChanges(
                title, topic, body, addTags, removeTags, Optional.of(link), code, arxiv, doi, year, venue);
    }

    public NoteChanges withCode(String link) {
        return new NoteChanges(
                title, topic, body, addTags, removeTags, paper, Optional.of(link), arxiv, doi, year, venue);
    }

    /// Sets the arXiv id (any form [ArxivId] reads); blank removes it.
    public NoteChanges withArxiv(String id) {
        return new NoteChanges(title, topic, body, addTags, removeTags, paper, code, Optional.of(id), doi, year, venue);
    }

    /// Sets the DOI (`10.…`, `doi:10.…` or a `doi.org` address); blank removes it.
    public NoteChanges withDoi(String newDoi) {
        return new NoteChanges(
                title, topic, body, addTags, removeTags, paper, code, arxiv, Optional.of(newDoi), year, venue);
    }

    /// Sets the year from text as typed (`2021`); blank removes it.
    public NoteChanges withYear(String newYear) {
        return new NoteChanges(
                title, topic, body, addTags, removeTags, paper, code, arxiv, doi, Optional.of(newYear), venue);
    }

    public NoteChanges withYear(int newYear) {
        return withYear(Integer.toString(newYear));
    }

    /// Sets the venue (`CVPR`, `NeurIPS 2021 Workshop`); blank removes it.
    public NoteChanges withVenue(String newVenue) {
        return new NoteChanges(
                title, topic, body, addTags, removeTags, paper, code, arxiv, doi, year, Optional.of(newVenue));
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
        return result;
    }
}

package papernotes.service;

import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;

/// No topic (outside the trash) is at the path the user named.
public final class TopicNotFoundException extends PaperNotesException {

    public TopicNotFoundException(TopicPath path) {
        super("There is no topic '" + path + "'.");
    }
}

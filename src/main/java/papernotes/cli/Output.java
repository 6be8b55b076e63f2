package papernotes.cli;

import papernotes.interchange.JsonOutput;

/// What a command prints: lines of text or one JSON document on standard output, messages on standard error.
final class Output {

    private final Terminal terminal;
    private final JsonOutput json = new JsonOutput();

    Output(Terminal terminal) {
        this.terminal = terminal;
    }

    void line(String text) {
        terminal.out().println(text);
        terminal.out().flush();
    }

    void json(Object value) {
        line(json.line(value));
    }

    void message(String text) {
        terminal.err().println(text);
        terminal.err().flush();
    }

    Terminal terminal() {
        return terminal;
    }
}

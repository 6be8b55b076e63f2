package papernotes.cli;

import papernotes.interchange.JsonOutput;

/// What a command prints: lines of text or one JSON document on standard output, messages on standard error.
public final class Output {

    private final Terminal terminal;
    private final JsonOutput json = new JsonOutput();

    public Output(Terminal terminal) {
        this.terminal = terminal;
    }

    public void line(String text) {
        terminal.out().println(text);
        terminal.out().flush();
    }

    public void json(Object value) {
        line(json.line(value));
    }

    public void message(String text) {
        terminal.err().println(text);
        terminal.err().flush();
    }

    public Terminal terminal() {
        return terminal;
    }
}

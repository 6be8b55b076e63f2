package papernotes.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/// Where a command reads and writes: standard input, output and error, always UTF-8.
public record Terminal(InputStream in, PrintWriter out, PrintWriter err) {}

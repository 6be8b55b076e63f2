package papernotes;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/// The logging set-up, made in code (found by logback through `META-INF/services`) rather than read from an XML
/// file: reading the XML loaded hundreds of classes on every start. Warnings and errors go to
/// standard error, so the command line's own output stays clean on standard output; `-Dpapernotes.log.level=INFO`
/// says more.
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String LEVEL_PROPERTY = "papernotes.log.level";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY, "WARN"), Level.WARN));
        root.addAppender(appender);
        // `java -jar papernotes.jar` loads JavaFX from the class path, which JavaFX reports as an "unsupported
        // configuration" on every start although it works; the packaged app (issue 9) puts JavaFX on the module
        // path. See docs/decisions/0002-jar-layout.md.
        context.getLogger("javafx").setLevel(Level.ERROR);
        // Lucene asks for the incubating Vector API on every start; the notes' meaning vectors are small bytes,
        // searched
        // fast enough without it.
        context.getLogger("org.apache.lucene.internal.vectorization").setLevel(Level.ERROR);
        // DJL looks for a GPU it never uses (the meaning model runs on the CPU) and warns when there is none
        context.getLogger("ai.djl").setLevel(Level.ERROR);
        // PDFBox warns of every oddity of every PDF it reads (a substituted font, a repaired cross-reference
        // table); what matters reaches the user as one sentence from PdfTexts
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}

package papernotes.interchange;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/// Jackson's read limits, each broken limit thrown as [Exceeded] naming which: Jackson 2 has one exception type for
/// all of them, told apart only by its message text, which is not an API.
final class JsonLimits extends StreamReadConstraints {

    /// Which limit a document broke.
    enum Limit {
        NESTING,
        DOCUMENT,
        TOKENS,
        NUMBER,
        TEXT,
        NAME
    }

    /// A limit broken while reading.
    static final class Exceeded extends StreamConstraintsException {

        private final Limit limit;

        Exceeded(Limit limit, StreamConstraintsException cause) {
            super(cause.getOriginalMessage());
            this.limit = limit;
            initCause(cause);
        }

        Limit limit() {
            return limit;
        }
    }

    JsonLimits(int maxNesting, long maxDocumentLength, int maxNumberLength, int maxTextLength, int maxNameLength) {
        super(
                maxNesting,
                maxDocumentLength,
                maxNumberLength,
                maxTextLength,
                maxNameLength,
                StreamReadConstraints.defaults().getMaxTokenCount());
    }

    /// One of Jackson's checks, which throws when its limit is broken.
    @FunctionalInterface
    private interface Check {
        void run() throws StreamConstraintsException;
    }

    /// Runs `check`, saying which limit it guards when it throws.
    private static void guarding(Limit limit, Check check) throws StreamConstraintsException {
        try {
            check.run();
        } catch (StreamConstraintsException e) {
            throw new Exceeded(limit, e);
        }
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        guarding(Limit.NESTING, () -> super.validateNestingDepth(depth));
    }

    @Override
    public void validateDocumentLength(long length) throws StreamConstraintsException {
        guarding(Limit.DOCUMENT, () -> super.validateDocumentLength(length));
    }

    @Override
    public void validateTokenCount(long count) throws StreamConstraintsException {
        guarding(Limit.TOKENS, () -> super.validateTokenCount(count));
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        guarding(Limit.NUMBER, () -> super.validateFPLength(length));
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        guarding(Limit.NUMBER, () -> super.validateIntegerLength(length));
    }

    @Override
    public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
        guarding(Limit.NUMBER, () -> super.validateBigIntegerScale(scale));
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        guarding(Limit.TEXT, () -> super.validateStringLength(length));
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        guarding(Limit.NAME, () -> super.validateNameLength(length));
    }
}

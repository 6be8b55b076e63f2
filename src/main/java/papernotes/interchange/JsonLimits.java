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

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        try {
            super.validateNestingDepth(depth);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NESTING, e);
        }
    }

    @Override
    public void validateDocumentLength(long length) throws StreamConstraintsException {
        try {
            super.validateDocumentLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.DOCUMENT, e);
        }
    }

    @Override
    public void validateTokenCount(long count) throws StreamConstraintsException {
        try {
            super.validateTokenCount(count);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.TOKENS, e);
        }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        try {
            super.validateFPLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER, e);
        }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        try {
            super.validateIntegerLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER, e);
        }
    }

    @Override
    public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
        try {
            super.validateBigIntegerScale(scale);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER, e);
        }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        try {
            super.validateStringLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.TEXT, e);
        }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        try {
            super.validateNameLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NAME, e);
        }
    }
}

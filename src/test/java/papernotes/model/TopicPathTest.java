package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicPathTest {

    @Test
    void parseSplitsOnSlashAndTrimsEachLevel() {
        var path = TopicPath.parse(" 3D Face Reconstruction/帝国理工组 ");
        assertEquals(List.of("3D Face Reconstruction", "帝国理工组"), path.names());
        assertEquals("3D Face Reconstruction / 帝国理工组", path.toString());
        assertEquals("帝国理工组", path.name());
        assertEquals(Optional.of(TopicPath.of("3D Face Reconstruction")), path.parent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "/", "Face Swap /", "/ Face Swap", "A //B"})
    void parseRefusesEmptyLevels(String text) {
        assertThrows(InvalidInputException.class, () -> TopicPath.parse(text));
    }

    @Test
    void namesMayNotHoldControlCharacters() {
        assertThrows(InvalidInputException.class, () -> TopicPath.of("Face\nSwap"));
    }

    @Test
    void isWithinHoldsForItselfAndDescendantsOnly() {
        var parent = TopicPath.of("3D Face Reconstruction");
        assertTrue(TopicPath.parse("3D Face Reconstruction / 帝国理工组").isWithin(parent));
        assertTrue(parent.isWithin(parent));
        assertEquals(false, TopicPath.of("3D Human Digitization").isWithin(parent));
    }
}

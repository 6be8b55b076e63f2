package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.PaperLinks;
import papernotes.model.Theme;
import papernotes.model.TopicPath;

/// Backlinks: the notes that link to a note, by its id, its title or an alias, as the note view resolves links.
class BacklinksTest {

    private static final TopicPath SR = TopicPath.of("Super Resolution");

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    private TestLibrary test;
    private NoteService notes;

    @BeforeEach
    void open() {
        test = folder.test();
        notes = test.notes();
    }

    private NoteId create(String title, String body, String... aliases) {
        return notes.create(
                        new NoteDraft(Optional.empty(), title, SR, List.of(), List.of(aliases), PaperLinks.NONE, body))
                .id();
    }

    private List<String> backlinks(NoteId id) {
        return notes.backlinks(id).stream().map(NoteSummary::title).toList();
    }

    @Test
    void notesLinkingByTitleAliasOrIdAreBacklinksSortedByTitle() {
        var gfpgan = create("GFPGAN", "出自腾讯", "Towards Real-World Blind Face Restoration");
        create("GPEN", "与 [[gfpgan]] 相比色彩略失真");
        create("DFDNet", "比 [[towards real-world blind face restoration|GFPGAN]] 慢");
        create("ESRGAN", "[腾讯的那篇](note:" + gfpgan + ")");
        create("Bicubic", "与 GFPGAN 无关，也不提 [[GPEN 2]]");

        assertEquals(List.of("DFDNet", "ESRGAN", "GPEN"), backlinks(gfpgan));
    }

    @Test
    void aNoteIsNotItsOwnBacklink() {
        var gpen = create("GPEN", "本文 [[GPEN]]");
        notes.edit(gpen, NoteChanges.none().withBody("本文 [[GPEN]] 与 [自己](note:" + gpen + ")"));
        assertEquals(List.of(), backlinks(gpen));
    }

    @Test
    void editingTheLinkingNoteAddsAndRemovesBacklinks() {
        var gfpgan = create("GFPGAN", "出自腾讯");
        var gpen = create("GPEN", "无链接");
        assertEquals(List.of(), backlinks(gfpgan));

        notes.edit(gpen, NoteChanges.none().withBody("见 [[GFPGAN]]"));
        assertEquals(List.of("GPEN"), backlinks(gfpgan));

        notes.edit(gpen, NoteChanges.none().withBody("`[[GFPGAN]]` 只是代码"));
        assertEquals(List.of(), backlinks(gfpgan));
    }

    @Test
    void aLinkingNoteInTheTrashIsNoBacklinkUntilRestored() {
        var gfpgan = create("GFPGAN", "出自腾讯");
        var gpen = create("GPEN", "见 [[GFPGAN]]");
        notes.trash(gpen);
        assertEquals(List.of(), backlinks(gfpgan));
        notes.restore(gpen);
        assertEquals(List.of("GPEN"), backlinks(gfpgan));
    }

    @Test
    void renamingANoteChangesWhichNamedLinksLeadToIt() {
        var gfpgan = create("GFPGAN", "出自腾讯");
        create("GPEN", "见 [[GFPGAN]]");
        create("DFDNet", "见 [[GFP-GAN]]");
        create("ESRGAN", "见 <note:" + gfpgan + ">");

        notes.edit(gfpgan, NoteChanges.none().withTitle("GFP-GAN"));

        assertEquals(List.of("DFDNet", "ESRGAN"), backlinks(gfpgan));
    }

    @Test
    void aNameSharedByTwoNotesLinksNeitherUntilOneIsTrashed() {
        var first = create("GAN", "生成对抗网络");
        var second = create("GAN", "另一篇");
        create("GPEN", "基于 [[GAN]]，即 [这篇](note:" + second + ")");
        create("DFDNet", "也基于 [[gan]]");

        assertEquals(List.of(), backlinks(first));
        assertEquals(List.of("GPEN"), backlinks(second));

        notes.trash(first);
        assertEquals(List.of("DFDNet", "GPEN"), backlinks(second));
    }

    @Test
    void backlinksAreTheNotesWhosePagesLinkToTheNote() {
        var gfpgan = create("GFPGAN", "出自腾讯", "GFP-GAN");
        var gpen = create("GPEN", "比 [[GFP-GAN]] 色彩差，见 [[DFDNet|这篇]]");
        var dfdnet = create("DFDNet", "<note:" + gfpgan + "> 与 `[[GPEN]]`，[[不存在]]");
        var esrgan = create("ESRGAN", "[[gpen]] [[GFPGAN]] note:" + dfdnet + " [x][r]\n\n[r]: note:" + dfdnet);
        var all = List.of(gfpgan, gpen, dfdnet, esrgan);
        var linkInPage = Pattern.compile("href=\"note:([0-9a-z]{8})\"");
        for (NoteId target : all) {
            var fromPages = new TreeSet<String>();
            for (NoteId source : all) {
                var page = test.library().render().note(source, Theme.LIGHT);
                if (!source.equals(target)
                        && linkInPage
                                .matcher(page)
                                .results()
                                .anyMatch(m -> m.group(1).equals(target.value()))) {
                    fromPages.add(notes.get(source).note().title());
                }
            }
            assertEquals(
                    List.copyOf(fromPages),
                    backlinks(target),
                    "backlinks of " + notes.get(target).note().title());
        }
        assertEquals(List.of("DFDNet", "ESRGAN", "GPEN"), backlinks(gfpgan));
    }

    @Test
    void backlinksOfAnUnknownNoteAreAnError() {
        var error = assertThrows(NoteNotFoundException.class, () -> notes.backlinks(new NoteId("zzzzzzzz")));
        assertEquals("There is no note with the id zzzzzzzz.", error.getMessage());
    }

    @Test
    void aLibraryFromBeforeLinksWereRecordedHasThemRecordedWhenItOpens() throws Exception {
        var gfpgan = create("GFPGAN", "出自腾讯");
        create("GPEN", "见 [[GFPGAN]]");
        test.close();
        // back to schema version 4, as a library written before links were recorded
        try (var connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + folder.dir().resolve("library.db"));
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE sync_conflicts");
            statement.execute("DROP INDEX notes_listing");
            statement.execute("ALTER TABLE notes DROP COLUMN reading");
            statement.execute("ALTER TABLE notes DROP COLUMN priority");
            statement.execute("DROP TABLE file_pages");
            statement.execute("DROP TABLE file_texts");
            statement.execute("DROP TABLE note_files");
            statement.execute("DROP TABLE note_authors");
            statement.execute("ALTER TABLE notes DROP COLUMN paper_title");
            statement.execute("ALTER TABLE notes DROP COLUMN abstract");
            statement.execute("DROP TABLE purged_notes");
            statement.execute("DROP INDEX notes_citekey");
            statement.execute("ALTER TABLE notes DROP COLUMN citekey");
            statement.execute("DROP TABLE note_links");
            statement.execute("DROP INDEX note_aliases_alias");
            statement.execute("DELETE FROM meta WHERE key = 'links.format'");
            statement.execute("PRAGMA user_version = 4");
        }

        test = folder.reopen();
        notes = test.notes();

        assertEquals(List.of("GPEN"), backlinks(gfpgan));
        assertEquals(0, notes.bringLinksUpToDate());
    }
}

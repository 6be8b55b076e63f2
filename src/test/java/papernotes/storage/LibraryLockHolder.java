package papernotes.storage;

import java.nio.file.Path;

/// Run in a child JVM by [SecondProcessTest]: opens the library, says `ready`, and holds it until its standard
/// input closes or it is killed.
public final class LibraryLockHolder {

    private LibraryLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (var store = LibraryStore.open(Path.of(args[0]))) {
            store.write(session -> {
                session.meta().put("holder", "child");
                return null;
            });
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the library until the parent lets go
            }
        }
    }
}

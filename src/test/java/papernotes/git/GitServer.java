package papernotes.git;

/// A git server on 127.0.0.1 for tests, serving bare repositories from a folder of its own.
public interface GitServer extends AutoCloseable {

    /// Makes an empty bare repository called `name` (its `main` unborn) and returns its address.
    String createRepository(String name);

    /// The address of the repository called `name`, whether it exists or not.
    String url(String name);

    /// What the server asks of a client: nothing, or a user name and token.
    Credentials credentials();

    /// Stops serving: from now on a client cannot connect. [#close] still frees the rest.
    void stop();

    @Override
    void close();
}

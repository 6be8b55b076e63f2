package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// One way to write a byte count for people, whether a command reports what it wrote or an import names the limit a
/// file went over (two formatters once wrote `20.0 MB` and `20 MB` for the same size).
class ByteSizesTest {

    @ParameterizedTest(name = "{0} bytes → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0 bytes
            512              | 512 bytes
            1023             | 1023 bytes
            1024             | 1 KB
            86220            | 84.2 KB
            1048575          | 1.0 MB
            1048576          | 1 MB
            3250586          | 3.1 MB
            20971520         | 20 MB
            2147483648       | 2 GB
            1099511627776    | 1 TB
            2251799813685248 | 2048 TB
            """)
    void aByteCountIsWrittenInBinaryUnitsWithOneDecimalWhenItIsNotWhole(long bytes, String written) {
        assertEquals(written, ByteSizes.describe(bytes));
    }
}

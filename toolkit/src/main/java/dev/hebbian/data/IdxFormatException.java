package dev.hebbian.data;

import java.io.IOException;

/** An IDX file that is truncated, corrupt or not what the caller expected; the message names the file and the problem. */
public final class IdxFormatException extends IOException {
    public IdxFormatException(String message) {
        super(message);
    }

    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

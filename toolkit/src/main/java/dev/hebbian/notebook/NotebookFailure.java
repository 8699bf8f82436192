package dev.hebbian.notebook;

import java.nio.file.Path;

/** A notebook cell failed to compile or threw: names the notebook, the cell and the error. */
public final class NotebookFailure extends RuntimeException {
    private final Path notebook;
    private final int cellIndex;

    public NotebookFailure(Path notebook, int cellIndex, String firstLine, String error) {
        super(notebook.getFileName() + ": cell " + cellIndex + " (\"" + firstLine + "\") failed: " + error);
        this.notebook = notebook;
        this.cellIndex = cellIndex;
    }

    public Path notebook() {
        return notebook;
    }

    /** Index of the failing cell in the notebook's {@code cells} array (0-based, markdown cells count). */
    public int cellIndex() {
        return cellIndex;
    }
}

class LibraryException extends Exception {
    LibraryException(String message) { super(message); }
}

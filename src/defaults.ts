// Defaults shared by the CLI and the library, kept apart so that `policyx --help` loads nothing heavy.
export const DEFAULT_EXTENSIONS = ["txt", "md", "html", "htm"];
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path is after following links.
enum FileKind {
    case directory(FileID)
    case regular
    case other
    case failed(Diagnostic)

    static func of(_ path: String) -> FileKind {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            switch code {
            case ELOOP:
                return .failed(Diagnostic(path: path, reason: .symlinkLoop, detail: "symbolic link loop; not followed"))
            case ENOENT, ENOTDIR:
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0 {
                    return .failed(
                        Diagnostic(
                            path: path, reason: .notFound, detail: "broken symbolic link: its target does not exist"))
                }
                return .failed(Diagnostic(path: path, reason: .notFound, detail: "no such file or folder"))
            default:
                return .failed(
                    Diagnostic(
                        path: path, reason: .unreadable, detail: "cannot read (\(String(cString: strerror(code))))"))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        case S_IFREG: return .regular
        default: return .other
        }
    }
}

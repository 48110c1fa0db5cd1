/// Identity of a file on disk, to recognise a folder reached again through a link.
struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}

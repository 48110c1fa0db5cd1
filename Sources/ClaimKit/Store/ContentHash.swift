/// What says a stored article is still current: its file's bytes and its manifest hints, hashed.
///
/// 64-bit FNV-1a over the bytes, then over the hints (a manifest row can change an article's outlet
/// or date without touching the file), written with the byte count: "1a2b...-5120". A change the
/// hash misses would need a collision at the same size, which is not worth a cryptographic hash here.
enum ContentHash {
    /// The hash text of `bytes` read with `hints`.
    static func of(_ bytes: [UInt8], hints: ArticleHints?) -> String {
        var hash = HashBits.seed
        for b in bytes { hash = HashBits.mix(hash, b) }
        if let hints {
            // A separator byte that never occurs in text, then each field (absent fields differ from empty ones).
            for field in [hints.outlet, hints.url, hints.published] {
                hash = HashBits.mix(hash, 0xFF)
                if let field { for b in field.utf8 { hash = HashBits.mix(hash, b) } } else { hash = HashBits.mix(hash, 0xFE) }
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-\(bytes.count)"
    }
}

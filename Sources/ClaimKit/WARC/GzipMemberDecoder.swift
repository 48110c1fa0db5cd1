import CDeflate

/// Inflates one gzip member that lies whole in memory, in one call (libdeflate, about twice
/// zlib's speed): the per-record members of a `.warc.gz`.
///
/// The only file that calls libdeflate. It cannot stream, so a member that is not whole in the
/// input, would not fit the output, or is damaged comes back nil and `Inflater` (zlib) streams
/// it instead, which also words the diagnostic.
final class GzipMemberDecoder {
    private let decompressor: OpaquePointer

    /// Creates a decoder, or nil if libdeflate cannot start (out of memory).
    init?() {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        self.decompressor = decompressor
    }

    deinit { libdeflate_free_decompressor(decompressor) }

    /// Decodes the gzip member at the start of `input` into `output`: the bytes of `input` it
    /// took and the bytes it wrote; nil when the member is damaged, not whole in `input`, or
    /// larger than `output`.
    func decode(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
        -> (consumed: Int, produced: Int)?
    {
        guard let inBase = input.baseAddress, let outBase = output.baseAddress else { return nil }
        var consumed = 0
        var produced = 0
        let result = libdeflate_gzip_decompress_ex(
            decompressor, inBase, input.count, outBase, output.count, &consumed, &produced)
        return result == LIBDEFLATE_SUCCESS ? (consumed, produced) : nil
    }
}

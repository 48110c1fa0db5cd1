import CZlib

/// A zlib inflate stream: the gzip members of a `.warc.gz`, and gzip/zlib HTTP bodies.
///
/// The only file that calls zlib. The `z_stream` lives at a fixed address (zlib keeps a pointer
/// back to it), input and output are handed over per call.
final class Inflater {
    /// What the compressed bytes are.
    enum Format {
        /// One gzip member at a time (RFC 1952).
        case gzip
        /// A gzip or a zlib header, whichever is there (HTTP `Content-Encoding: gzip|deflate`).
        case gzipOrZlib
        /// Raw deflate, no header (what some servers send as `deflate`).
        case raw
    }

    /// How one call ended.
    enum Outcome: Equatable {
        /// Needs more input or more room.
        case more
        /// The member (or stream) ended; input after it is not part of it.
        case end
        /// The bytes are not valid compressed data.
        case failed(String)
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private var ready = false

    /// Creates an inflater, or nil if zlib cannot start (out of memory).
    init?(format: Format) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let bits: Int32 =
            switch format {
            case .gzip: 15 + 16
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            }
        guard claims_inflate_init2(stream, bits) == Z_OK else { return nil }
        ready = true
    }

    deinit {
        if ready { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Starts a new member or stream with the same format.
    func reset() { inflateReset(stream) }

    /// Inflates what it can of `input` into `output`.
    func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
        -> (consumed: Int, produced: Int, outcome: Outcome)
    {
        guard let inBase = input.baseAddress, let outBase = output.baseAddress, output.count > 0 else {
            return (0, 0, .more)
        }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: inBase.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(min(input.count, Int(UInt32.max)))
        stream.pointee.next_out = outBase.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(min(output.count, Int(UInt32.max)))
        let code = CZlib.inflate(stream, Z_NO_FLUSH)
        let consumed = input.count - Int(stream.pointee.avail_in)
        let produced = output.count - Int(stream.pointee.avail_out)
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        switch code {
        case Z_STREAM_END: return (consumed, produced, .end)
        case Z_OK, Z_BUF_ERROR: return (consumed, produced, .more)
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
            return (consumed, produced, .failed(message))
        }
    }

    /// Inflates a whole compressed body held in memory, refusing to produce more than `limit` bytes.
    static func inflateAll(_ bytes: [UInt8], format: Format, limit: Int) -> Result<[UInt8], InflateProblem> {
        guard let inflater = Inflater(format: format) else { return .failure(.corrupt("zlib could not start")) }
        var out: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var position = 0
        while true {
            let step = bytes.withUnsafeBytes { input in
                scratch.withUnsafeMutableBytes { output in
                    inflater.inflate(UnsafeRawBufferPointer(rebasing: input[position...]), into: output)
                }
            }
            position += step.consumed
            out.append(contentsOf: scratch[0..<step.produced])
            if out.count > limit { return .failure(.tooLarge(out.count)) }
            switch step.outcome {
            case .end: return .success(out)
            case .failed(let message): return .failure(.corrupt(message))
            case .more:
                if step.consumed == 0 && step.produced == 0 {
                    return .failure(.corrupt("compressed data ends too early"))
                }
            }
        }
    }

    /// Why a whole body could not be inflated.
    enum InflateProblem: Error, Equatable {
        case corrupt(String)
        case tooLarge(Int)
    }
}

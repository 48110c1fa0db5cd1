#ifndef CLAIMS_CZLIB_SHIM_H
#define CLAIMS_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro (it passes the library version and struct size): Swift cannot call it. */
static inline int claims_inflate_init2(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

#endif

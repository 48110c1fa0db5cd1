#ifndef CLAIMS_CDEFLATE_SHIM_H
#define CLAIMS_CDEFLATE_SHIM_H

/* libdeflate: whole-buffer gzip decoding, about twice zlib's speed, for WARC members held whole. */
#include <libdeflate.h>

#endif

#ifndef CLAIMS_CLIBXML2_SHIM_H
#define CLAIMS_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its UErrorCode clashes with Foundation's in debug builds. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

/* xmlFree is a global function pointer that Swift 6 will not call directly. */
static inline void claims_xml_free(void *p) { xmlFree(p); }

/* libxml2's error callbacks are variadic: only C can write them. */
static void claims_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void claims_silent_structured_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* Silence libxml2 for this thread and as the default for threads created later. */
static inline void claims_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, claims_silent_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, claims_silent_generic_error);
    xmlSetStructuredErrorFunc(NULL, claims_silent_structured_error);
    xmlThrDefSetStructuredErrorFunc(NULL, claims_silent_structured_error);
}

#endif

#ifndef SANCTUARY_CLIBXML2_SHIM_H
#define SANCTUARY_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers would pull in the system ICU, which clashes with the ICU that
// Foundation bundles. xmlversion.h defines the switch, so undefine it before anything else reads it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>

// xmlParserVersion is a macro over a global Swift cannot import ("structure not supported").
static inline const char *sanctuary_xmlParserVersion(void) {
    return xmlParserVersion;
}

#endif

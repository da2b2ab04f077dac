#ifndef LEXALIGN_CLIBXML2_SHIM_H
#define LEXALIGN_CLIBXML2_SHIM_H

// xmlversion.h first, then drop ICU: libxml2's ICU headers clash with the ICU that Foundation ships.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlmemory.h>

/// Swift 6 rejects the global function pointer `xmlFree`; call it through this.
static inline void lexalign_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif

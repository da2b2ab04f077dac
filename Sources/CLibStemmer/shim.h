// Snowball's C stemmers (Debian: libstemmer-dev), reached as a system library like libxml2.
#include <libstemmer.h>

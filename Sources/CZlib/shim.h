#ifndef SANCTUARY_CZLIB_SHIM_H
#define SANCTUARY_CZLIB_SHIM_H

#include <zlib.h>

#endif

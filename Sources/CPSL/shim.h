#include <stdio.h>
#include <libpsl.h>

// Type flags Swift does not import (they are macros).
static const int nap_PSL_TYPE_ANY = PSL_TYPE_ANY;
static const int nap_PSL_TYPE_NO_STAR_RULE = PSL_TYPE_NO_STAR_RULE;

#include "cldns.h"
#include <dlfcn.h>
#include <pthread.h>

// Each wrapper calls the function nap_ldns_load found; callers load first (DNSQuery does).
#define NAP_LDNS_FUNCTIONS(X) \
    X(ldns_rdf *, ldns_dname_new_frm_str, (const char *str), (str)) \
    X(ldns_pkt *, ldns_pkt_query_new, (ldns_rdf *rr_name, ldns_rr_type rr_type, ldns_rr_class rr_class, uint16_t flags), (rr_name, rr_type, rr_class, flags)) \
    X(void, ldns_pkt_free, (ldns_pkt *packet), (packet)) \
    X(void, ldns_pkt_set_id, (ldns_pkt *p, uint16_t id), (p, id)) \
    X(ldns_status, ldns_pkt2wire, (uint8_t **dest, const ldns_pkt *p, size_t *size), (dest, p, size)) \
    X(char *, ldns_rdf2str, (const ldns_rdf *rdf), (rdf)) \
    X(ldns_status, ldns_wire2pkt, (ldns_pkt **packet, const uint8_t *data, size_t len), (packet, data, len)) \
    X(ldns_pkt_rcode, ldns_pkt_get_rcode, (const ldns_pkt *p), (p)) \
    X(ldns_rr_list *, ldns_pkt_answer, (const ldns_pkt *p), (p)) \
    X(ldns_rr_list *, ldns_pkt_authority, (const ldns_pkt *p), (p)) \
    X(size_t, ldns_rr_list_rr_count, (const ldns_rr_list *rr_list), (rr_list)) \
    X(ldns_rr *, ldns_rr_list_rr, (const ldns_rr_list *rr_list, size_t nr), (rr_list, nr)) \
    X(ldns_rr_type, ldns_rr_get_type, (const ldns_rr *rr), (rr)) \
    X(uint32_t, ldns_rr_ttl, (const ldns_rr *rr), (rr)) \
    X(ldns_rdf *, ldns_rr_owner, (const ldns_rr *rr), (rr)) \
    X(ldns_rdf *, ldns_rr_rdf, (const ldns_rr *rr, size_t nr), (rr, nr)) \
    X(uint32_t, ldns_rdf2native_int32, (const ldns_rdf *rd), (rd)) \
    X(bool, ldns_pkt_tc, (const ldns_pkt *p), (p))

#define NAP_POINTER(ret, name, params, args) static ret (*nap_p_##name) params;
NAP_LDNS_FUNCTIONS(NAP_POINTER)

static pthread_once_t nap_once = PTHREAD_ONCE_INIT;
static bool nap_loaded = false;

static void nap_open(void) {
    void *library = dlopen("libldns.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
    bool complete = true;
#define NAP_RESOLVE(ret, name, params, args) \
    nap_p_##name = (ret (*) params) dlsym(library, #name); \
    if (!nap_p_##name) complete = false;
    NAP_LDNS_FUNCTIONS(NAP_RESOLVE)
    nap_loaded = complete;
}

bool nap_ldns_load(void) {
    pthread_once(&nap_once, nap_open);
    return nap_loaded;
}

#define NAP_WRAPPER(ret, name, params, args) ret nap_##name params { return nap_p_##name args; }
NAP_LDNS_FUNCTIONS(NAP_WRAPPER)

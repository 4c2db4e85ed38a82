// ldns, loaded only when verify asks DNS: linking it would load libssl and libcrypto (which
// libldns needs) at every start, measured at +1.6 ms and +1.8 MiB before the wizard's first
// frame. The types and constants come from ldns's header; the functions go through these
// wrappers, which call the library that nap_ldns_load opened.
#ifndef NAP_CLDNS_H
#define NAP_CLDNS_H
#include <stdbool.h>
#include <ldns/ldns.h>

/// Opens libldns (once; thread-safe); false when it is not installed or lacks a function.
bool nap_ldns_load(void);

ldns_rdf *nap_ldns_dname_new_frm_str(const char *str);
ldns_pkt *nap_ldns_pkt_query_new(ldns_rdf *rr_name, ldns_rr_type rr_type, ldns_rr_class rr_class, uint16_t flags);
void nap_ldns_pkt_free(ldns_pkt *packet);
void nap_ldns_pkt_set_id(ldns_pkt *p, uint16_t id);
ldns_status nap_ldns_pkt2wire(uint8_t **dest, const ldns_pkt *p, size_t *size);
char *nap_ldns_rdf2str(const ldns_rdf *rdf);
ldns_status nap_ldns_wire2pkt(ldns_pkt **packet, const uint8_t *data, size_t len);
ldns_pkt_rcode nap_ldns_pkt_get_rcode(const ldns_pkt *p);
ldns_rr_list *nap_ldns_pkt_answer(const ldns_pkt *p);
ldns_rr_list *nap_ldns_pkt_authority(const ldns_pkt *p);
size_t nap_ldns_rr_list_rr_count(const ldns_rr_list *rr_list);
ldns_rr *nap_ldns_rr_list_rr(const ldns_rr_list *rr_list, size_t nr);
ldns_rr_type nap_ldns_rr_get_type(const ldns_rr *rr);
uint32_t nap_ldns_rr_ttl(const ldns_rr *rr);
ldns_rdf *nap_ldns_rr_owner(const ldns_rr *rr);
ldns_rdf *nap_ldns_rr_rdf(const ldns_rr *rr, size_t nr);
uint32_t nap_ldns_rdf2native_int32(const ldns_rdf *rd);
bool nap_ldns_pkt_tc(const ldns_pkt *p);

#endif

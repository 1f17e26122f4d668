#ifndef PKS_CCRYPT_SHIM_H
#define PKS_CCRYPT_SHIM_H
#include <crypt.h>
#include <string.h>

/// Hashes `phrase` with the method and parameters in `setting` (a full hash verifies against itself).
/// Writes the result into `out` (CRYPT_OUTPUT_SIZE bytes); returns 0 on success.
static inline int pks_crypt(const char *phrase, const char *setting, char *out, int out_size) {
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    char *result = crypt_r(phrase, setting, &data);
    if (result == NULL || result[0] == '*') return -1;
    size_t length = strlen(result);
    if ((int)length >= out_size) return -1;
    memcpy(out, result, length + 1);
    explicit_bzero(&data, sizeof data);
    return 0;
}

/// A yescrypt setting string with a fresh random salt from the OS at the given cost (1–11).
static inline int pks_gensalt_yescrypt(unsigned long cost, char *out, int out_size) {
    return crypt_gensalt_rn("$y$", cost, NULL, 0, out, out_size) == NULL ? -1 : 0;
}

static inline int pks_crypt_output_size(void) { return CRYPT_OUTPUT_SIZE; }
#endif

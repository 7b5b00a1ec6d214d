/* Stand-in for Windows 10's system icuuc.dll, which Wine 8 lacks: Qt6Core (6.9+) imports 20 ucnv_* functions from
   it. Every converter is "unavailable", so Qt falls back to its built-in UTF codecs. Copied into the test Wine
   prefix's system32 only, never into the bundle: on a real Windows 10/11 PC the system ICU is used. */
#include <stddef.h>
#include <stdint.h>
typedef int UErrorCode; typedef uint16_t UChar;
#define FAIL(e) do { if ((e) && *(e) <= 0) *(e) = 4 /* U_FILE_ACCESS_ERROR */; } while (0)
#define X __declspec(dllexport)
X void *ucnv_open(const char *n, UErrorCode *e) { (void)n; FAIL(e); return NULL; }
X void ucnv_close(void *c) { (void)c; }
X void ucnv_reset(void *c) { (void)c; }
X void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
X void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
X int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
X const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; FAIL(e); return NULL; }
X void ucnv_getToUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
X void ucnv_getFromUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
X void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; FAIL(e); }
X void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; FAIL(e); }
X void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; FAIL(e); }
X void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; FAIL(e); }
X void ucnv_toUnicode(void *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; FAIL(e); }
X void ucnv_fromUnicode(void *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; FAIL(e); }
X int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; FAIL(e); return 0; }
X int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; FAIL(e); return 0; }
X const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; FAIL(e); return NULL; }
X const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
X int32_t ucnv_countAvailable(void) { return 0; }
int __stdcall DllMainCRTStartup(void *h, unsigned long r, void *p) { (void)h; (void)r; (void)p; return 1; }

/* Stand-in for Windows 10's bcryptprimitives.dll ProcessPrng, missing in Wine 8.0: Rust's std (cryptography's
   _rust.pyd) and Chromium's base (PDFium inside Qt6Pdf) import it; without it, an ImportError and an int3 in Qt6Pdf.
   Wine prefix only, never shipped. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);   /* RtlGenRandom */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len) { ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
                  if (!SystemFunction036(data, n)) return FALSE; data += n; len -= n; }
    return TRUE;
}
BOOL WINAPI DllMainCRTStartup(HINSTANCE h, DWORD r, LPVOID p) { (void)h; (void)r; (void)p; return TRUE; }

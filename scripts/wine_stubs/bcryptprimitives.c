/* Wine 8.0 has no ProcessPrng (Rust's standard library calls it: rpds-py, under
   jsonschema). It fills the buffer from RtlGenRandom, as the real one does from the
   system's generator. Only for Wine in CI. */
#include <windows.h>
#define EXPORT __declspec(dllexport)
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */
EXPORT BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

/* Wine 8.0's mscms.dll lacks WcsCreateIccProfile, which Qt's qwindows platform plugin
   imports: without it the plugin does not load (no screens, exit 0xC0000409). Here every
   colour profile is "not available", and Qt keeps to sRGB. Only for Wine in CI. */
#include <windows.h>
#define EXPORT __declspec(dllexport)
EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}
EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

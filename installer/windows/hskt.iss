; HSKT — Inno Setup 6 script: a per-user installation from a USB stick, no administrator rights.
;
;   python installer/build.py                      (on Windows: makes dist\hskt\ and runs its self-test)
;   iscc /DAppVersion=0.1.0 installer\windows\hskt.iss
;
; Program files go to %LOCALAPPDATA%\Programs\HSKT. The clerk's data lives elsewhere, in %LOCALAPPDATA%\HSKT
; (desktop.paths: platformdirs' user data folder), and the uninstaller never touches it: nothing below names it.
; The wizard speaks Vietnamese: Vietnamese.isl (beside this script, HSKT's own translation) overrides Default.isl.
; Built and tested under Wine by `make windows-check` (installer/windows/check.sh).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef OutputBase
  #define OutputBase "HSKT-" + AppVersion + "-cai-dat"
#endif
; `make windows-check` builds its stand-in for the previous release with fast compression.
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "HSKT — Hồ sơ khen thưởng"
; the bundle to pack (check.sh also packs a deliberately broken copy to prove a failed self-test fails setup)
#ifndef Bundle
  #define Bundle "..\..\dist\hskt"
#endif

[Setup]
AppId={{6F1C2B0E-5A9D-4E55-9B7A-3D2C8A1E7F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=HSKT
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: HKA becomes HKCU. The folder is spelled {localappdata}\Programs, which is what {autopf}
; means for a per-user install on Windows 10/11, because Wine 8 cannot expand {autopf} (no FOLDERID_UserProgramFiles).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\HSKT
DefaultGroupName=HSKT
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename={#OutputBase}
SetupIconFile=..\..\resources\icons\hskt.ico
UninstallDisplayIcon={app}\hskt.exe
UninstallDisplayName={#AppName}
Compression={#Compression}
SolidCompression=yes
; LZMA2 in two blocks on two threads: about half the compile time on 2 cores for a setup.exe ~1 MB larger.
LZMAUseSeparateProcess=yes
LZMANumBlockThreads=2
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
; Default.isl first: a message Vietnamese.isl does not translate falls back to English instead of failing the build.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[CustomMessages]
DesktopIcon=Tạo biểu tượng HSKT trên màn hình
Associate=Mở tệp gói hồ sơ .asice bằng HSKT
LaunchApp=Mở HSKT ngay
SelfTestShortcut=HSKT — tự kiểm tra
BackingUp=Đang sao lưu dữ liệu trước khi cập nhật...
SelfTesting=Đang tự kiểm tra bản cài đặt...
SelfTestFailed=HSKT đã được cài nhưng bước tự kiểm tra báo lỗi (mã %1).%n%nHãy mở "HSKT — tự kiểm tra" trong menu Start để xem bước nào lỗi, và báo cho người hỗ trợ.
BackupFailed=Không sao lưu được dữ liệu trước khi cập nhật (mã %1). Dữ liệu hiện có vẫn được giữ nguyên.%n%nTiếp tục cài đặt?

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"
Name: "associate"; Description: "{cm:Associate}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole bundle: remove the previous one's files so stale modules cannot be imported.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\HSKT"; Filename: "{app}\hskt.exe"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{group}\{cm:SelfTestShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\hskt-cli.exe"" --self-test"; WorkingDir: "{app}"; IconFilename: "{app}\hskt.exe"
Name: "{autodesktop}\HSKT"; Filename: "{app}\hskt.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA = HKCU\Software\Classes here): double-click a package to open the viewer mode.
Root: HKA; Subkey: "Software\Classes\.asice"; ValueType: string; ValueName: ""; ValueData: "HSKT.GoiHoSo"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.asice\OpenWithProgids"; ValueType: string; ValueName: "HSKT.GoiHoSo"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HSKT.GoiHoSo"; ValueType: string; ValueName: ""; ValueData: "Gói hồ sơ khen thưởng (HSKT)"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HSKT.GoiHoSo\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hskt.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HSKT.GoiHoSo\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hskt.exe"" view ""%1"""; Tasks: associate

[Run]
Filename: "{app}\hskt.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what HSKT itself leaves inside its program folder. The data folder (%LOCALAPPDATA%\HSKT: database,
; attachments, packages, backups) is deliberately absent: uninstalling must never delete a clerk's dossiers.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
var
  SelfTestResult: Integer;  { the post-install self-test's exit code; 0 until it has run }

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\HSKT');
end;

{ Before an update: the installed version writes a full backup of the data folder (`hskt backup FILE`) into
  the data folder's backups\ — the same file the About page's "Sao lưu ngay" makes. If it fails, the clerk chooses;
  a silent update stops (exit code 7) rather than go on without a backup. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  OldCli, Target: String;
  ResultCode: Integer;
begin
  Result := '';
  OldCli := ExpandConstant('{app}\hskt-cli.exe');
  if FileExists(OldCli) and FileExists(DataFolder() + '\hskt.sqlite3') then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('BackingUp');
    Target := DataFolder() + '\backups\hskt-truoc-cap-nhat-' + GetDateTimeString('yyyymmdd-hhnnss', '-', '-') + '.zip';
    if not Exec(OldCli, 'backup "' + Target + '"', DataFolder(), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    Log(Format('HSKT backup before update: %s, exit code %d', [Target, ResultCode]));
    if ResultCode <> 0 then
    begin
      if SuppressibleMsgBox(FmtMessage(CustomMessage('BackupFailed'), [IntToStr(ResultCode)]), mbConfirmation,
                            MB_YESNO, IDNO) = IDNO then
        Result := FmtMessage(CustomMessage('BackupFailed'), [IntToStr(ResultCode)]);
    end;
  end;
end;

{ After copying: run the bundle's own self-test (temporary database, forms, a package signed and verified). A failure
  is shown to the clerk and, for a silent install, becomes setup's exit code (see GetCustomSetupExitCode). }
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('SelfTesting');
    if not Exec(ExpandConstant('{app}\hskt-cli.exe'), '--self-test', ExpandConstant('{app}'), SW_HIDE,
                ewWaitUntilTerminated, SelfTestResult) then
      SelfTestResult := -1;
    Log(Format('HSKT self-test exit code: %d', [SelfTestResult]));
    if SelfTestResult <> 0 then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(SelfTestResult)]), mbError, MB_OK, IDOK);
  end;
end;

{ Called only when setup would exit 0: a failed self-test makes it exit 10 instead, so a silent install by a script
  or by IT fails visibly. }
function GetCustomSetupExitCode(): Integer;
begin
  if SelfTestResult <> 0 then
    Result := 10
  else
    Result := 0;
end;

@echo off
rem Triage Console launcher.
rem   triage                 opens the console
rem   triage ^<verb^> [...]    runs the command line: diagnose, playbook, fixes, --help, --version
rem Needs Java 21 or newer: JAVA_HOME, else java on the PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo triage: no Equinox launcher under "%HERE%plugins" 1>&2
  exit /b 1
)
if "%TRIAGE_HOME%"=="" set "TRIAGE_HOME=%USERPROFILE%\.triage"
if "%~1"=="" goto console
if /i "%~1"=="console" goto console
"%JAVA%" -Xmx512m -Djava.awt.headless=true -jar "%LAUNCHER%" -install "%HERE%." -configuration "%HERE%configuration" -data "%TRIAGE_HOME%\workspace-cli" -nosplash -application org.triage.cli.app %*
exit /b %ERRORLEVEL%
:console
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw"
start "Triage Console" "%JAVAW%" -Xmx1g -jar "%LAUNCHER%" -install "%HERE%." -configuration "%HERE%configuration" -data "%TRIAGE_HOME%\workspace" -nosplash -application org.triage.app.application
exit /b 0

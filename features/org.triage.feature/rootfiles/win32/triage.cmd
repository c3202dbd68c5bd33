@echo off
rem Triage Console launcher.
rem   triage                 opens the console
rem   triage ^<verb^> [...]    runs the command line: diagnose, playbook, fixes, --help, --version
rem Needs Java 21 or newer: JAVA_HOME, else java on the PATH.
setlocal
rem The product's verbs only: the Equinox launcher would act on its own arguments anywhere on the line
rem (-application, -clean, -data, -configuration, -install, -vmargs, -console, -D..., --launcher.*), so every
rem argument that starts with one dash, or with --launcher, is refused. A value that starts with a dash is
rem written --option=VALUE.
:checkArguments
if [%1]==[] goto argumentsChecked
set "ARGUMENT=%~1"
if "%ARGUMENT:~0,10%"=="--launcher" goto launcherArgument
if "%ARGUMENT:~0,2%"=="--" goto nextArgument
if "%ARGUMENT%"=="-h" goto nextArgument
if "%ARGUMENT:~0,1%"=="-" goto launcherArgument
:nextArgument
shift
goto checkArguments
:launcherArgument
echo triage: "%ARGUMENT%" is not an option of triage; launcher arguments (-application, -clean, -data, -configuration, -vmargs, -D..., --launcher.*) are refused. See triage --help 1>&2
exit /b 2
:argumentsChecked
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

#!/usr/bin/env bash
# Manual check for issue 9, part 1: does a real GTK file dialog that shows the project's folder
# drop the app's hold on the project? CI runs headless (Monocle, no GTK), so this one runs by hand:
#
#   src/test/manual/file-dialog-lock.sh target/thematica.jar 91
#
# Needs Linux, Xvfb, metacity, xdotool and ImageMagick's import. It opens a new project in the
# app, opens File > Import Documents, goes to the project's folder, cancels, and then shows
# /proc/locks for the project's files and whether the command line can write to the project
# (it must be refused while the app has it open). Screenshots land in the work folder it prints.
set -u
JAR=$(realpath "$1")
DISP=":$2"
WORK=$(mktemp -d /tmp/file-dialog-lock.XXXXXX)
FOLDER="$WORK/project"
P="$FOLDER/study.thematica"
mkdir -p "$FOLDER"
echo "work folder: $WORK"

java -jar "$JAR" new "$P" >/dev/null
Xvfb "$DISP" -screen 0 1600x1000x24 >/dev/null 2>&1 & XVFB=$!
sleep 1
DISPLAY=$DISP metacity >/dev/null 2>&1 & WM=$!
DISPLAY=$DISP java -jar "$JAR" "$P" >"$WORK/app.log" 2>&1 & APP=$!
cleanup() { kill "$APP" "$WM" "$XVFB" 2>/dev/null; wait 2>/dev/null; }
trap cleanup EXIT

for _ in $(seq 60); do
    DISPLAY=$DISP xdotool search --name "study.thematica" >/dev/null 2>&1 && break
    sleep 1
done
sleep 3

locks() {
    local n=0
    for f in "$P" "$P-shm" "$P.lock"; do
        [ -e "$f" ] || continue
        local ino; ino=$(stat -c %i "$f")
        local found; found=$(grep -c ":$ino " /proc/locks)
        n=$((n + found))
        echo "  $(basename "$f"): $found lock(s)"
        grep ":$ino " /proc/locks | sed 's/^/      /'
    done
    echo "  total: $n"
}

echo "before the dialog:"; locks
APPWIN=$(DISPLAY=$DISP xdotool search --name "study.thematica" | head -1)
DISPLAY=$DISP xdotool windowactivate --sync "$APPWIN" key ctrl+shift+i
sleep 4
DISPLAY=$DISP xdotool type --delay 40 "$FOLDER"
DISPLAY=$DISP xdotool key Return
sleep 2
# GTK completes the typed folder to its only subfolder (the backups); go up to the project's folder
DISPLAY=$DISP xdotool key alt+Up
sleep 4
DISPLAY=$DISP import -window root "$WORK/1-dialog-on-the-project-folder.png"
echo "while the dialog shows the project's folder:"; locks
DISPLAY=$DISP xdotool key Escape
sleep 3
DISPLAY=$DISP import -window root "$WORK/2-after-the-dialog.png"
echo "after the dialog:"; locks

echo "the command line tries to write while the app has the project open:"
java -jar "$JAR" define-code "$P" --code "from the command line"
echo "  exit code $? (refused: 1)"

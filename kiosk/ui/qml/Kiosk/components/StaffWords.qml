pragma Singleton
import QtQuick

// The staff panel's sentences in the kiosk's language. Python finds the facts (a key and its
// arguments: kiosk/services/staff_panel.py, kiosk/ui/staff_panel.py); they are worded here,
// where qsTr and the translators see them. Names, dates and log lines pass through as found.
QtObject {
    function said(key: string, args: var): string {
        const words = {
            "asIs": "%1",
            "notPackaged": qsTr("unknown (not installed as a package)"),
            "noneShown": qsTr("none published"),
            "snapshot": qsTr("snapshot %1"),
            "snapshotPublished": qsTr("snapshot %1, published %2"),
            "daysHoursMinutes": qsTr("%1 d %2 h %3 min"),
            "hoursMinutes": qsTr("%1 h %2 min"),
            "runThis": qsTr("started %1 (this run)"),
            "runEnded": qsTr("started %1, ended %2: %3"),
            "megabytes": qsTr("%1 MB"),
            "gigabytesFree": qsTr("%1 GB free"),
            "noSound": qsTr("no sound card: films and music are silent"),
            "noErrors": qsTr("none"),
            "errorsMostOften": qsTr("%1, most often: %2"),
            "shuttingDown": qsTr("Shutting down."),
            "notShutDown": qsTr("The PC could not be shut down."),
            "pinDigits": qsTr("Not changed: the PIN must be 4 to 12 digits."),
            "pinsDiffer": qsTr("Not changed: the two PINs differ."),
            "pinSet": qsTr("The new PIN is set."),
            "rolledBack": qsTr("Snapshot %1 is shown from the next visit on."),
            "notRolledBack": qsTr("Not rolled back: %1"),
            "installed": qsTr("Installed snapshot %1 from %2."),
            "notInstalled": qsTr("Not installed: %1")
        };
        let text = words[key] ?? key;
        for (const arg of args ?? [])
            text = text.arg(arg);
        return text;
    }
}

pragma Singleton
import QtQuick

// How far the playing excerpt has gone, bound to the player by ExcerptPlayer and read by
// every AudioProgress bar. In QML, not in the Audio backend: a position that changes many
// times a second must not call Python (see kiosk/ui/audio.py).
QtObject {
    property int position: 0  // ms
    property int duration: 0  // ms; 0 until the file is read
    readonly property real fraction: duration > 0 ? Math.min(1, position / duration) : 0
}

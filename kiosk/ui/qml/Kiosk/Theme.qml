pragma Singleton
import QtQuick

// One place for colours, type and motion. Dark, quiet, memorial: warm off-white on charcoal.
QtObject {
    readonly property color background: "#1c1b1a"
    readonly property color surface: "#262523"
    readonly property color text: "#f0e8da"
    readonly property color textMuted: "#b9b0a2"
    readonly property color accent: "#b8794f"

    readonly property string bodyFont: "Noto Sans"
    readonly property string titleFont: "Noto Serif"

    readonly property int motionMs: 200
}

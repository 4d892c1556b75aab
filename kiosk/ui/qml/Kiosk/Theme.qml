pragma Singleton
import QtQuick
import Kiosk.Backend

// One place for colours, type, spacing and motion. Dark, quiet, memorial: warm off-white on
// charcoal, one muted accent. Sizes are design pixels at 1080 on the screen's short side.
QtObject {
    // Pixels per design pixel; Main sets it from the window, so every size follows the screen.
    property real unit: 1
    readonly property real textScale: Visit.textScale

    // High contrast (the Access panel) is a second palette: every text at least 7:1 against
    // what it lies on (WCAG AAA), lines and edges white, pictures dimmed under text.
    readonly property bool contrast: Access.highContrast
    readonly property color background: contrast ? "#000000" : "#1c1b1a"
    readonly property color surface: contrast ? "#000000" : "#262523"
    readonly property color surfaceRaised: contrast ? "#242424" : "#312f2c"
    readonly property color pressed: contrast ? "#3a3a3a" : "#45413b"
    readonly property color line: contrast ? "#ffffff" : "#4a4640"
    readonly property color text: contrast ? "#ffffff" : "#f0e8da"
    readonly property color textMuted: contrast ? "#ebebeb" : "#b9b0a2"
    readonly property color accent: contrast ? "#ffd37a" : "#c08457"
    readonly property color accentDim: contrast ? "#5c3d00" : "#7d5a40"
    readonly property color scrim: contrast ? "#f2000000" : "#d9141312"
    readonly property color sample: contrast ? "#ffe39a" : "#e3c27a"
    // The ring around what the keypad's arrows have reached.
    readonly property color focusRing: contrast ? "#ffff00" : "#ffd9a8"
    // Over and around pictures: the viewer's ground, panels and marks laid on a picture, the
    // shadow under text on a picture, subtitles (white on black, as on any screen).
    readonly property color viewerBackground: contrast ? "#000000" : "#121110"
    readonly property color overPicture: contrast ? "#eb000000" : "#cc121110"
    readonly property color markOnPicture: contrast ? "#eb000000" : "#b3141312"
    readonly property color textShadow: contrast ? "#ff000000" : "#a0000000"
    readonly property color subtitleBackground: contrast ? "#f2000000" : "#cc000000"
    readonly property color subtitleText: "#ffffff"
    readonly property color asleep: "#000000"  // outside opening hours: the panel dark
    readonly property color keyboardBed: surface  // beside the keyboard: its style's ground
    // Charts of the statistics on paper (the report of `kiosk stats`): ink on white.
    readonly property color paper: "#ffffff"
    readonly property color paperInk: "#1c1b1a"
    readonly property color paperMuted: "#5a544c"
    readonly property color paperBar: "#a8683f"
    readonly property color paperLine: "#d8d2c8"
    // How much of a picture shows through the page's ground where text lies over it.
    readonly property real tilePictureOpacity: contrast ? 0.3 : 0.8

    readonly property string bodyFont: "Noto Sans"
    readonly property string titleFont: "Noto Serif"

    // Type: body is at least 24 px at 1080 in the smallest text size.
    readonly property real smallSize: 22 * unit * textScale
    readonly property real bodySize: 27 * unit * textScale
    readonly property real leadSize: 31 * unit * textScale
    readonly property real headingSize: 38 * unit * textScale
    readonly property real titleSize: 54 * unit * textScale
    readonly property real figureSize: 64 * unit * textScale
    readonly property real displaySize: 80 * unit
    // Every text style follows the visitor's text size, bar and buttons included; the letters
    // of the text size switch stay as they are (they show the three sizes).
    readonly property real controlSize: 24 * unit * textScale
    readonly property real fixedControlSize: 24 * unit
    readonly property real captionSize: 24 * unit * textScale
    readonly property real subtitleSize: 34 * unit * textScale
    readonly property real venueSize: 26 * unit * textScale
    readonly property real inviteSize: 32 * unit * textScale
    readonly property real yearSize: 34 * unit * textScale
    readonly property real keypadSize: 40 * unit * textScale

    // Space and touch: targets of 96 design pixels, at least 88 px at 1080.
    readonly property real gap: 24 * unit
    readonly property real margin: 56 * unit
    readonly property real target: 96 * unit
    readonly property real radius: 6 * unit
    readonly property real barHeight: 120 * unit

    // Motion: screen changes within 150–250 ms; the attract loop is slow on purpose.
    // `still` turns motion off, so that a snapshot shows a finished screen; reduced motion
    // (the Access panel) turns it off for a visitor.
    property bool still: false
    readonly property bool motionless: still || Access.reducedMotion
    readonly property int fastMs: motionless ? 0 : 150
    readonly property int motionMs: motionless ? 0 : 200
    readonly property int slideFadeMs: motionless ? 0 : 1600
    readonly property real focusWidth: 5 * unit
    readonly property int slideHoldMs: 8000

    // A colour of the Theme with another opacity (fades from a colour to nothing).
    function fade(base: color, alpha: real): color {
        return Qt.rgba(base.r, base.g, base.b, alpha);
    }

    function icon(name: string): url {
        return Qt.resolvedUrl("icons/" + name + ".svg")
    }

    // A running time as visitors read it: 0:07, 12:40, 1:02:05.
    function clock(seconds: real): string {
        const whole = Math.max(0, Math.floor(seconds));
        const h = Math.floor(whole / 3600), m = Math.floor(whole / 60) % 60, s = whole % 60;
        const ss = (s < 10 ? "0" : "") + s;
        return h > 0 ? h + ":" + (m < 10 ? "0" : "") + m + ":" + ss : m + ":" + ss;
    }
}

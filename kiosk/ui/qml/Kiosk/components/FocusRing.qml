import QtQuick
import Kiosk
import Kiosk.Backend

// The ring around the control a keypad's arrows have reached: shown while the visitor uses
// keys, gone at their next touch. Put one inside each control that takes the focus.
Rectangle {
    readonly property Item control: parent as Item

    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth * 1.5
    visible: Access.keys && (control?.activeFocus ?? false)
    z: 100
    radius: Theme.radius + Theme.focusWidth
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}

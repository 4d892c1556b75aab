import QtQuick
import Kiosk
import Kiosk.Backend

// The ring around the control a keypad's arrows have reached: shown while the visitor uses
// keys, gone at their next touch. Put one inside each control that takes the focus. It is
// drawn along the control's inside edge: a tile that clips its picture would clip a ring
// drawn outside it.
Rectangle {
    readonly property Item control: parent as Item

    objectName: "focusRing"
    anchors.fill: parent
    visible: Access.keys && (control?.activeFocus ?? false)
    z: 100
    radius: Theme.radius
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}

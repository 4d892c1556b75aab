import QtQuick
import Kiosk

// A large round button over a viewer's picture: previous, next or close. Plain to see on a
// dark picture and a light one, and a full touch target.
KioskButton {
    id: step

    implicitWidth: Theme.target * 1.15
    implicitHeight: implicitWidth
    radius: width / 2
    color: down ? Theme.pressed : Theme.markOnPicture
    border.color: Theme.text
    border.width: Math.max(1, 2 * Theme.unit)
}

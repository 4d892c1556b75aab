import QtQuick
import Kiosk
import Kiosk.Backend

// Outside opening hours: a black screen. A touch only wakes the kiosk (its attract loop); it
// reaches nothing beneath.
Rectangle {
    objectName: "sleepCurtain"
    color: Theme.asleep
    visible: OpeningHours.asleep
    z: 10  // above all, the bar and the staff corner included
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Closed. Touch to wake the screen")
    Accessible.onPressAction: OpeningHours.wake()

    TapHandler {
        // WithinBounds: the press is this handler's alone, so no button beneath sees it.
        gesturePolicy: TapHandler.WithinBounds
        onPressedChanged: {
            if (pressed)
                OpeningHours.wake();
        }
    }
}

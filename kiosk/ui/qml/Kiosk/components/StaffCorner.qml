import QtQuick
import Kiosk
import Kiosk.Backend

// The hidden staff gesture: a three-second press in the bottom-left corner opens the PIN pad.
Item {
    objectName: "staffCorner"
    width: Theme.target * 1.2
    height: Theme.target * 1.2
    z: 70
    enabled: !StaffPanel.open  // staff already in
    Accessible.ignored: true  // staff's, hidden from visitors as it is from their eyes

    TapHandler {
        longPressThreshold: 3  // kiosk.ui.analytics.CORNER_HOLD_S
        onLongPressed: Staff.openPad()
    }
}

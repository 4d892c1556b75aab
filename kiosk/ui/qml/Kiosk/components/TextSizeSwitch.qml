import QtQuick
import Kiosk
import Kiosk.Backend

// Three steps of text size, shown as three letters growing in size.
Row {
    spacing: 0
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Text size")

    Repeater {
        model: Visit.textSizes

        KioskButton {
            required property int index
            objectName: "textSize-" + index
            implicitWidth: Theme.target * 0.8
            text: qsTr("A", "the letter on the text size buttons")
            fontSize: Theme.fixedControlSize * (0.8 + 0.3 * index)
            checked: Visit.textSize === index
            border.width: 0
            Accessible.name: [qsTr("Small text"), qsTr("Normal text"), qsTr("Large text")][index]
            onTapped: Visit.chooseTextSize(index)
        }
    }
}
